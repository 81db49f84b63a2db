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
rx(pi*0.094975630252) q[0];
rx(pi*-0.005786545158) q[1];
rx(pi*0.000344162827) q[2];
rx(pi*0.003068239851) q[3];
rx(pi*0.002079406922) q[4];
rx(pi*-0.002096322609) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.093858856377) q[0];
rx(pi*-0.00389376189) q[1];
rx(pi*0.001993877924) q[2];
rx(pi*0.004571312802) q[3];
rx(pi*-0.001657772437) q[4];
rx(pi*-0.005404322555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.092238460401) q[0];
rx(pi*0.00216295816) q[1];
rx(pi*-0.008649062617) q[2];
rx(pi*0.00040577575) q[3];
rx(pi*0.006905446945) q[4];
rx(pi*0.002612210295) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098591390103) q[0];
rx(pi*0.00119685851) q[1];
rx(pi*0.00336979715) q[2];
rx(pi*-0.003013682529) q[3];
rx(pi*-0.002674411855) q[4];
rx(pi*0.001297336625) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091141247429) q[0];
rx(pi*0.00074270392) q[1];
rx(pi*-0.006089618794) q[2];
rx(pi*0.002377803035) q[3];
rx(pi*0.002711982639) q[4];
rx(pi*0.000139030952) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
