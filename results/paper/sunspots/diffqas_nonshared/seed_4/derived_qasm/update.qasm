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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.065707041173) q[0];
ry(pi*-0.242878358437) q[1];
ry(pi*0.042168591866) q[2];
ry(pi*-0.111532037259) q[3];
ry(pi*-0.1372119738) q[4];
ry(pi*0.084045544142) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.102272254938) q[0];
ry(pi*0.112466312274) q[1];
ry(pi*-0.032010013568) q[2];
ry(pi*0.010934931276) q[3];
ry(pi*0.111631739048) q[4];
ry(pi*-0.062071649271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014168823077) q[0];
ry(pi*-0.018566059733) q[1];
ry(pi*-0.293944059066) q[2];
ry(pi*-0.135170591526) q[3];
ry(pi*-0.219978745261) q[4];
ry(pi*0.07427853964) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.429731748697) q[0];
ry(pi*-0.336201073423) q[1];
ry(pi*-0.288838796226) q[2];
ry(pi*-0.14055877598) q[3];
ry(pi*-0.109460630611) q[4];
ry(pi*0.265756039116) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0650778764) q[0];
ry(pi*0.340966268734) q[1];
ry(pi*0.198058391485) q[2];
ry(pi*0.241390136108) q[3];
ry(pi*0.10566702971) q[4];
ry(pi*0.00300354041) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
