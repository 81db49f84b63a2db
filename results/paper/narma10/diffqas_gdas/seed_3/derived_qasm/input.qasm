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
ry(pi*0.047819031869) q[0];
ry(pi*-0.05723702319) q[1];
ry(pi*0.195163871151) q[2];
ry(pi*0.225367005606) q[3];
ry(pi*-0.091051544278) q[4];
ry(pi*-0.014613811087) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.107012425194) q[0];
ry(pi*0.107733759575) q[1];
ry(pi*-0.062590515975) q[2];
ry(pi*-0.110396812387) q[3];
ry(pi*-0.060987209702) q[4];
ry(pi*-0.00022249319) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.051432330006) q[0];
ry(pi*-0.05082798633) q[1];
ry(pi*-0.138751043093) q[2];
ry(pi*-0.096171017707) q[3];
ry(pi*-0.063654863405) q[4];
ry(pi*-0.001643754986) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074107405456) q[0];
ry(pi*0.028595198831) q[1];
ry(pi*0.066573374778) q[2];
ry(pi*-0.145988273592) q[3];
ry(pi*-0.208885360711) q[4];
ry(pi*-0.005602481639) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.110723210052) q[0];
ry(pi*-0.01042220107) q[1];
ry(pi*0.153456402431) q[2];
ry(pi*0.052594923066) q[3];
ry(pi*0.110937877206) q[4];
ry(pi*-0.002387406209) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
