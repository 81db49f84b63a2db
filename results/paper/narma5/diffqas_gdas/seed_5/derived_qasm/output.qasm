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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000968370599) q[0];
rx(pi*0.000639513888) q[1];
rx(pi*-0.001779481724) q[2];
rx(pi*0.00189283737) q[3];
rx(pi*-0.00229749925) q[4];
rx(pi*-0.003023240348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004535456088) q[0];
rx(pi*-0.005945931654) q[1];
rx(pi*-0.002236544258) q[2];
rx(pi*-0.006997704303) q[3];
rx(pi*-0.001170857693) q[4];
rx(pi*-0.001743305141) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00520599568) q[0];
rx(pi*-0.003727551727) q[1];
rx(pi*0.003617313541) q[2];
rx(pi*0.001139476991) q[3];
rx(pi*0.000907318965) q[4];
rx(pi*-0.002047358245) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002669626869) q[0];
rx(pi*-0.001072859153) q[1];
rx(pi*-0.000204500651) q[2];
rx(pi*0.001783256115) q[3];
rx(pi*-0.001685529715) q[4];
rx(pi*0.004925729955) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005313765037) q[0];
rx(pi*-0.007903884828) q[1];
rx(pi*0.000382005825) q[2];
rx(pi*-0.000413985762) q[3];
rx(pi*-0.003172872776) q[4];
rx(pi*-0.008607310121) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
