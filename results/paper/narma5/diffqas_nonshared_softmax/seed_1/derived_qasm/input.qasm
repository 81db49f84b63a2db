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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.093158724042) q[0];
rx(pi*-0.005809621948) q[1];
rx(pi*0.000344136591) q[2];
rx(pi*0.003068230068) q[3];
rx(pi*0.002079385429) q[4];
rx(pi*-0.002096361592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091939592193) q[0];
rx(pi*-0.003916820597) q[1];
rx(pi*0.001993872291) q[2];
rx(pi*0.004571307763) q[3];
rx(pi*-0.001657802527) q[4];
rx(pi*-0.005404325519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.090421649055) q[0];
rx(pi*0.002139900046) q[1];
rx(pi*-0.00864908159) q[2];
rx(pi*0.000405779234) q[3];
rx(pi*0.006905436273) q[4];
rx(pi*0.00261219814) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096671917219) q[0];
rx(pi*0.001173815663) q[1];
rx(pi*0.003369798336) q[2];
rx(pi*-0.003013684012) q[3];
rx(pi*-0.002674413634) q[4];
rx(pi*0.001297332623) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.089324331733) q[0];
rx(pi*0.000719657516) q[1];
rx(pi*-0.006089618794) q[2];
rx(pi*0.002377801552) q[3];
rx(pi*0.002711982935) q[4];
rx(pi*0.000139031406) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
