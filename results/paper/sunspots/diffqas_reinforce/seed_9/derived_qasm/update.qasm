// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.094755166924) q[0];
ry(pi*0.352254522375) q[1];
ry(pi*0.028718856086) q[2];
ry(pi*-0.369855198902) q[3];
ry(pi*0.158166387046) q[4];
ry(pi*-0.015954753905) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001023247419) q[0];
ry(pi*-0.058941198077) q[1];
ry(pi*-0.01925489024) q[2];
ry(pi*-0.022812094262) q[3];
ry(pi*-0.029977112112) q[4];
ry(pi*0.001927183527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.133996861462) q[0];
ry(pi*0.494365942649) q[1];
ry(pi*-0.504277571663) q[2];
ry(pi*0.432109375493) q[3];
ry(pi*0.014485177043) q[4];
ry(pi*-0.004962844503) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.058389589154) q[0];
ry(pi*-0.112430966045) q[1];
ry(pi*-0.131903455914) q[2];
ry(pi*-0.106916906896) q[3];
ry(pi*0.158503912228) q[4];
ry(pi*0.492089592381) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08953671267) q[0];
ry(pi*0.466455626807) q[1];
ry(pi*-0.027037135446) q[2];
ry(pi*-0.012462332329) q[3];
ry(pi*0.005972930467) q[4];
ry(pi*0.004426291048) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
