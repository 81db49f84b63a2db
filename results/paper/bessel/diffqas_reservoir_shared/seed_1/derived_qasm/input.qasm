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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.563352285077) q[0];
rz(pi*0.654287802149) q[1];
rz(pi*0.769048868256) q[2];
rz(pi*0.835191130032) q[3];
rz(pi*1.2250571136) q[4];
rz(pi*1.696029316833) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.321590302088) q[0];
rz(pi*0.593130781612) q[1];
rz(pi*0.383213531099) q[2];
rz(pi*1.074454553932) q[3];
rz(pi*0.609643333113) q[4];
rz(pi*1.623172144302) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.852964144881) q[0];
rz(pi*1.621976557634) q[1];
rz(pi*1.956783627393) q[2];
rz(pi*0.57092625402) q[3];
rz(pi*0.407677143758) q[4];
rz(pi*0.52715502467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.763160969455) q[0];
rz(pi*0.632181591336) q[1];
rz(pi*0.453690458595) q[2];
rz(pi*0.183551714761) q[3];
rz(pi*1.447881714097) q[4];
rz(pi*0.77602643773) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.432517517241) q[0];
rz(pi*1.254300644423) q[1];
rz(pi*1.679753279605) q[2];
rz(pi*1.39892246278) q[3];
rz(pi*1.902598370669) q[4];
rz(pi*1.456916991895) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
