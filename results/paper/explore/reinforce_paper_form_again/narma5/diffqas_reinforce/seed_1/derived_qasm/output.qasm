// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005591178032) q[0];
rx(pi*-0.002636351634) q[1];
rx(pi*-0.001769447957) q[2];
rx(pi*0.000698926899) q[3];
rx(pi*-0.002722122387) q[4];
rx(pi*-0.001883717704) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000927563109) q[0];
rx(pi*-0.002873461473) q[1];
rx(pi*0.000218512081) q[2];
rx(pi*0.00406122218) q[3];
rx(pi*-0.00327951118) q[4];
rx(pi*-0.005015462454) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00118817203) q[0];
rx(pi*0.001012103227) q[1];
rx(pi*0.00192794051) q[2];
rx(pi*-0.003577420375) q[3];
rx(pi*-0.007412845216) q[4];
rx(pi*0.002809211449) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002600671307) q[0];
rx(pi*0.005446248177) q[1];
rx(pi*-0.003902730071) q[2];
rx(pi*0.001057546293) q[3];
rx(pi*0.002967089908) q[4];
rx(pi*-0.006174066494) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003327088013) q[0];
rx(pi*0.004514040006) q[1];
rx(pi*0.001451818962) q[2];
rx(pi*0.001692086282) q[3];
rx(pi*0.002299443215) q[4];
rx(pi*-0.000904497584) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
