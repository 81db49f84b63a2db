// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
ry(pi*-0.031629221036) q[0];
ry(pi*0.013285747207) q[1];
ry(pi*-0.024877472319) q[2];
ry(pi*0.114868167268) q[3];
ry(pi*0.499921808248) q[4];
ry(pi*-0.032805313206) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001476859136) q[0];
ry(pi*0.000572962825) q[1];
ry(pi*-0.410383795944) q[2];
ry(pi*0.063637190291) q[3];
ry(pi*0.000327721903) q[4];
ry(pi*-0.000798610086) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.029739933793) q[0];
ry(pi*-0.000567630482) q[1];
ry(pi*-0.017665941593) q[2];
ry(pi*0.007036904371) q[3];
ry(pi*-0.130484370277) q[4];
ry(pi*0.177295925527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000363057127) q[0];
ry(pi*-0.000753633779) q[1];
ry(pi*0.417782484526) q[2];
ry(pi*-0.03330690048) q[3];
ry(pi*-0.009141866695) q[4];
ry(pi*-0.001757001686) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007252915032) q[0];
ry(pi*-0.007495176862) q[1];
ry(pi*0.017909410564) q[2];
ry(pi*-0.086980410023) q[3];
ry(pi*-0.368157593329) q[4];
ry(pi*0.005546514998) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
