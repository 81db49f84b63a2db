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
rz(pi*0.004851345815) q[0];
rz(pi*-0.002938587505) q[1];
rz(pi*-0.001442847076) q[2];
rz(pi*-0.002491610321) q[3];
rz(pi*-0.004460112046) q[4];
rz(pi*0.001981749002) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351396253) q[0];
rz(pi*-0.00217786066) q[1];
rz(pi*0.003000983832) q[2];
rz(pi*0.002754060932) q[3];
rz(pi*-0.001978090374) q[4];
rz(pi*-0.004163627882) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331926183) q[0];
rz(pi*-0.005086175664) q[1];
rz(pi*-0.00321627768) q[2];
rz(pi*-0.001234300412) q[3];
rz(pi*-0.000503372009) q[4];
rz(pi*-0.001767353544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462702442) q[0];
rz(pi*0.004399246582) q[1];
rz(pi*0.001996150058) q[2];
rz(pi*0.004390210811) q[3];
rz(pi*0.002852162489) q[4];
rz(pi*0.000738426677) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863787617) q[0];
rz(pi*-0.004252941795) q[1];
rz(pi*-6.5490715e-05) q[2];
rz(pi*-0.001300633288) q[3];
rz(pi*-0.002974742744) q[4];
rz(pi*0.001304131389) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
