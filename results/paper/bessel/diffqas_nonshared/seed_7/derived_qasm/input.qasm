// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.030375352458) q[0];
ry(pi*0.052535837187) q[1];
ry(pi*-0.003645606058) q[2];
ry(pi*-0.040685368856) q[3];
ry(pi*-0.149106909508) q[4];
ry(pi*0.052685233345) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.158014244582) q[0];
ry(pi*0.006688568874) q[1];
ry(pi*-0.191134647696) q[2];
ry(pi*-0.006002957805) q[3];
ry(pi*-0.015833289188) q[4];
ry(pi*-0.017617575316) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007150373853) q[0];
ry(pi*0.002825021677) q[1];
ry(pi*-0.00863081617) q[2];
ry(pi*-0.000430331489) q[3];
ry(pi*0.091632717486) q[4];
ry(pi*0.009800232305) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.122505779662) q[0];
ry(pi*0.02807949109) q[1];
ry(pi*-0.010699925336) q[2];
ry(pi*0.002971076557) q[3];
ry(pi*0.03798492313) q[4];
ry(pi*0.072552669416) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01048192728) q[0];
ry(pi*-0.139548904052) q[1];
ry(pi*-0.16013046486) q[2];
ry(pi*-0.00081589878) q[3];
ry(pi*-0.072051902714) q[4];
ry(pi*-0.001106790949) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
