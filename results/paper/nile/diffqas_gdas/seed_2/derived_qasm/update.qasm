// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.053692653046) q[0];
ry(pi*0.114879493999) q[1];
ry(pi*-0.136108404958) q[2];
ry(pi*-0.028540286956) q[3];
ry(pi*-0.403701594206) q[4];
ry(pi*0.013418060778) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.040111941273) q[0];
ry(pi*0.289422701509) q[1];
ry(pi*-0.097563778656) q[2];
ry(pi*-0.369758475834) q[3];
ry(pi*-0.395319130711) q[4];
ry(pi*0.220064767699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.045229175918) q[0];
ry(pi*0.031907513299) q[1];
ry(pi*0.02684943331) q[2];
ry(pi*-0.027048573642) q[3];
ry(pi*-0.008363056153) q[4];
ry(pi*0.191447394469) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.032806909289) q[0];
ry(pi*0.098935033996) q[1];
ry(pi*0.004146843819) q[2];
ry(pi*0.004435475044) q[3];
ry(pi*-0.045246526495) q[4];
ry(pi*0.028294962214) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.028052267569) q[0];
ry(pi*-0.048132124894) q[1];
ry(pi*-0.039915231825) q[2];
ry(pi*-0.039351492201) q[3];
ry(pi*0.010848134512) q[4];
ry(pi*-0.002173573857) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
