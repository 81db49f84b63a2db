// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000977615441) q[0];
rz(pi*0.000663463721) q[1];
rz(pi*0.002848935343) q[2];
rz(pi*-0.000488170206) q[3];
rz(pi*0.003453887332) q[4];
rz(pi*-0.001673350397) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000717100642) q[0];
rz(pi*-0.002166504433) q[1];
rz(pi*0.001901362952) q[2];
rz(pi*0.000114420676) q[3];
rz(pi*-0.002744970022) q[4];
rz(pi*0.006372890218) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001159648505) q[0];
rz(pi*-0.000370183432) q[1];
rz(pi*0.001248458677) q[2];
rz(pi*0.0055622606) q[3];
rz(pi*-0.000472577498) q[4];
rz(pi*0.00223899278) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000316150528) q[0];
rz(pi*-0.00465983401) q[1];
rz(pi*0.002522125021) q[2];
rz(pi*0.003247658011) q[3];
rz(pi*-0.00076416484) q[4];
rz(pi*-4.9739953e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004777699537) q[0];
rz(pi*-0.004848388734) q[1];
rz(pi*-0.001247432666) q[2];
rz(pi*0.001993433843) q[3];
rz(pi*-0.0014948453) q[4];
rz(pi*0.000929673456) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
