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
rx(pi*0.101645177167) q[0];
rx(pi*-0.006682128219) q[1];
rx(pi*0.000343490147) q[2];
rx(pi*0.000772005032) q[3];
rx(pi*0.002379009879) q[4];
rx(pi*-0.0020963567) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100569839773) q[0];
rx(pi*-0.007249234319) q[1];
rx(pi*0.001779479501) q[2];
rx(pi*0.002720018487) q[3];
rx(pi*-0.001316435957) q[4];
rx(pi*-0.005404327298) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095467754868) q[0];
rx(pi*0.001174665286) q[1];
rx(pi*-0.008329189799) q[2];
rx(pi*-0.001696425705) q[3];
rx(pi*0.007205114973) q[4];
rx(pi*0.002612201994) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.106231573304) q[0];
rx(pi*0.000347752938) q[1];
rx(pi*0.00321279203) q[2];
rx(pi*-0.004727206238) q[3];
rx(pi*-0.002333089308) q[4];
rx(pi*0.001297332475) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095760504365) q[0];
rx(pi*-0.000102678333) q[1];
rx(pi*-0.006090254974) q[2];
rx(pi*8.160402e-05) q[3];
rx(pi*0.003011633473) q[4];
rx(pi*0.000139031026) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
