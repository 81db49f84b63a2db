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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009255737569) q[0];
ry(pi*0.008231676397) q[1];
ry(pi*0.031447734846) q[2];
ry(pi*0.005998725696) q[3];
ry(pi*-0.017669157474) q[4];
ry(pi*-0.067796192083) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.036728718533) q[0];
ry(pi*0.14620141344) q[1];
ry(pi*0.008545211725) q[2];
ry(pi*0.50556263381) q[3];
ry(pi*0.012940649528) q[4];
ry(pi*0.031383535811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026011139055) q[0];
ry(pi*-0.101780339022) q[1];
ry(pi*0.032566251842) q[2];
ry(pi*-0.041490330366) q[3];
ry(pi*-0.010716672344) q[4];
ry(pi*0.163125237193) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024525248002) q[0];
ry(pi*0.006774249209) q[1];
ry(pi*0.014290035218) q[2];
ry(pi*-0.009967605735) q[3];
ry(pi*0.482911905139) q[4];
ry(pi*0.038421113715) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042111009577) q[0];
ry(pi*-0.01038515678) q[1];
ry(pi*-0.004579554682) q[2];
ry(pi*0.145697876716) q[3];
ry(pi*0.002184189405) q[4];
ry(pi*0.000158111913) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
