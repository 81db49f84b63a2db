// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.144267236676) q[0];
ry(pi*-0.219600163053) q[1];
ry(pi*-0.004373803534) q[2];
ry(pi*-0.000703811937) q[3];
ry(pi*0.063206950034) q[4];
ry(pi*0.029145984812) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000275477256) q[0];
ry(pi*-0.252339991821) q[1];
ry(pi*-0.001745687555) q[2];
ry(pi*0.493922663372) q[3];
ry(pi*0.003085674324) q[4];
ry(pi*-0.001344397637) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001508986075) q[0];
ry(pi*0.502723893355) q[1];
ry(pi*0.001599152131) q[2];
ry(pi*0.002189236156) q[3];
ry(pi*0.001777312309) q[4];
ry(pi*-0.001201386475) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.224793212798) q[0];
ry(pi*0.001638078873) q[1];
ry(pi*-0.011356171335) q[2];
ry(pi*0.075542352309) q[3];
ry(pi*0.248811781714) q[4];
ry(pi*0.488783515204) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001944952692) q[0];
ry(pi*0.188512291428) q[1];
ry(pi*0.310622963619) q[2];
ry(pi*0.001548853005) q[3];
ry(pi*-0.226010883745) q[4];
ry(pi*-0.000678280177) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
