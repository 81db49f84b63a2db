// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013933552705) q[0];
rx(pi*0.003976103912) q[1];
rx(pi*-0.005685357566) q[2];
rx(pi*0.001634548164) q[3];
rx(pi*0.001581519778) q[4];
rx(pi*-0.004956420449) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.016204888239) q[0];
rx(pi*0.002059383707) q[1];
rx(pi*-0.001105696977) q[2];
rx(pi*-0.003281592253) q[3];
rx(pi*0.002456859213) q[4];
rx(pi*-0.003219362233) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.018196169415) q[0];
rx(pi*0.000630704011) q[1];
rx(pi*-0.000703227191) q[2];
rx(pi*3.878802e-05) q[3];
rx(pi*0.007067019458) q[4];
rx(pi*0.000757770579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.020809807706) q[0];
rx(pi*0.001198540118) q[1];
rx(pi*-0.00489588434) q[2];
rx(pi*0.000716539315) q[3];
rx(pi*0.000678508739) q[4];
rx(pi*0.00209338539) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013993504216) q[0];
rx(pi*-0.000943495251) q[1];
rx(pi*0.003004199713) q[2];
rx(pi*0.001133301954) q[3];
rx(pi*0.000592807948) q[4];
rx(pi*-0.000312109259) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
