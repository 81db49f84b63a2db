// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.135546631385) q[0];
ry(pi*-0.109892270108) q[1];
ry(pi*0.102332512384) q[2];
ry(pi*-0.03507576295) q[3];
ry(pi*-0.073736753857) q[4];
ry(pi*-0.016009764201) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.112890761099) q[0];
ry(pi*0.157631051997) q[1];
ry(pi*-0.409276736116) q[2];
ry(pi*-0.133931291646) q[3];
ry(pi*-0.046136618724) q[4];
ry(pi*0.088963451099) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.060358258373) q[0];
ry(pi*0.121818899791) q[1];
ry(pi*0.107367813218) q[2];
ry(pi*-0.139776121679) q[3];
ry(pi*-0.273727951324) q[4];
ry(pi*0.044323862802) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.108821267987) q[0];
ry(pi*-0.56082152038) q[1];
ry(pi*0.042411571103) q[2];
ry(pi*0.343262198878) q[3];
ry(pi*0.180161455503) q[4];
ry(pi*0.216162377062) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.071373555836) q[0];
ry(pi*-0.255497019092) q[1];
ry(pi*0.10120341571) q[2];
ry(pi*-0.240032370392) q[3];
ry(pi*0.227205749449) q[4];
ry(pi*0.002332992073) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
