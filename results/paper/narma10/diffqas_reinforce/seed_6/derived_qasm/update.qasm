// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.262275090124) q[0];
rx(pi*0.001641352858) q[1];
rx(pi*-0.00152816441) q[2];
rx(pi*-0.006448391082) q[3];
rx(pi*0.003042581582) q[4];
rx(pi*-0.002712937205) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.107309244346) q[0];
rx(pi*0.000447531618) q[1];
rx(pi*-0.004367609229) q[2];
rx(pi*0.001820383411) q[3];
rx(pi*-0.002633721537) q[4];
rx(pi*-0.006029653647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.259517211519) q[0];
rx(pi*-0.00246451116) q[1];
rx(pi*-0.001525856405) q[2];
rx(pi*0.00062461828) q[3];
rx(pi*-0.005202390858) q[4];
rx(pi*-0.000393992748) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.106071500232) q[0];
rx(pi*0.002896991238) q[1];
rx(pi*-0.003083417457) q[2];
rx(pi*0.00562233662) q[3];
rx(pi*0.001039697236) q[4];
rx(pi*0.001296753065) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.26156820349) q[0];
rx(pi*-0.00357555986) q[1];
rx(pi*-0.002843245001) q[2];
rx(pi*-0.003722222757) q[3];
rx(pi*-0.003933163248) q[4];
rx(pi*0.002878244088) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
