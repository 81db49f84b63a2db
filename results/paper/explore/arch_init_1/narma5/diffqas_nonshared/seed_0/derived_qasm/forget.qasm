// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.003847451488) q[0];
ry(pi*0.002050647201) q[1];
ry(pi*0.001776160604) q[2];
ry(pi*-0.012007639758) q[3];
ry(pi*0.000801769864) q[4];
ry(pi*-8.0312567e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000475529761) q[0];
ry(pi*-0.002005751158) q[1];
ry(pi*0.000167551522) q[2];
ry(pi*0.00131366638) q[3];
ry(pi*-0.000839300997) q[4];
ry(pi*-0.001474629838) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003913059843) q[0];
ry(pi*-0.003518247339) q[1];
ry(pi*0.003279034489) q[2];
ry(pi*0.000562450515) q[3];
ry(pi*-0.002559949861) q[4];
ry(pi*-0.000917046426) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002955480661) q[0];
ry(pi*0.002181697454) q[1];
ry(pi*0.001106643317) q[2];
ry(pi*-0.001772256517) q[3];
ry(pi*-0.003508592286) q[4];
ry(pi*0.000960384851) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003051750162) q[0];
ry(pi*-0.000358994958) q[1];
ry(pi*0.001358009249) q[2];
ry(pi*-0.001187452029) q[3];
ry(pi*0.000222471179) q[4];
ry(pi*-0.00092718232) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
