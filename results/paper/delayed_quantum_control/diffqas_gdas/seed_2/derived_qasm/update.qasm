// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.003541937779) q[0];
ry(pi*-0.009738015329) q[1];
ry(pi*0.00522875942) q[2];
ry(pi*0.456403978915) q[3];
ry(pi*0.006173318257) q[4];
ry(pi*0.001770796504) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010110478825) q[0];
ry(pi*-0.198597236492) q[1];
ry(pi*-0.020628627452) q[2];
ry(pi*0.025044871244) q[3];
ry(pi*-0.00050758307) q[4];
ry(pi*-0.001395493469) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001141530198) q[0];
ry(pi*-0.002162641107) q[1];
ry(pi*-0.472091177946) q[2];
ry(pi*-0.002534955045) q[3];
ry(pi*0.496956823129) q[4];
ry(pi*0.000450557068) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.02124982367) q[0];
ry(pi*-0.025801995342) q[1];
ry(pi*0.001558397483) q[2];
ry(pi*0.00059178846) q[3];
ry(pi*0.000757406243) q[4];
ry(pi*-0.004428955237) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-9.8966521e-05) q[0];
ry(pi*8.4238796e-05) q[1];
ry(pi*0.510522944859) q[2];
ry(pi*-0.464441479912) q[3];
ry(pi*0.499316160196) q[4];
ry(pi*0.002486765748) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
