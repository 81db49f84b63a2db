// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.081148282246) q[0];
ry(pi*-0.05522379173) q[1];
ry(pi*0.107127143913) q[2];
ry(pi*-0.210904630248) q[3];
ry(pi*-0.224949054947) q[4];
ry(pi*-0.205227225228) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008296148166) q[0];
ry(pi*0.200164878743) q[1];
ry(pi*-0.113868293978) q[2];
ry(pi*-0.229545032322) q[3];
ry(pi*-0.03973126732) q[4];
ry(pi*-0.21978968183) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.16419507249) q[0];
ry(pi*0.148450091956) q[1];
ry(pi*0.176084306887) q[2];
ry(pi*0.002845232396) q[3];
ry(pi*0.259712498011) q[4];
ry(pi*0.186403546412) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.168738400489) q[0];
ry(pi*-0.168177964495) q[1];
ry(pi*0.186828365206) q[2];
ry(pi*-0.014964863837) q[3];
ry(pi*0.154604604662) q[4];
ry(pi*0.034576528297) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.22709955898) q[0];
ry(pi*-0.224963910609) q[1];
ry(pi*-0.25027850792) q[2];
ry(pi*-0.397904395257) q[3];
ry(pi*-0.006823276568) q[4];
ry(pi*-0.003388628788) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
