export default defineUnlistedScript(() => {
  console.log('agent');
});
