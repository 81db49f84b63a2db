// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.049154571011) q[0];
ry(pi*-0.023812361237) q[1];
ry(pi*0.048760331543) q[2];
ry(pi*0.052004709345) q[3];
ry(pi*0.003648807117) q[4];
ry(pi*0.033934549805) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002397429897) q[0];
ry(pi*-0.349312380445) q[1];
ry(pi*-0.020387154177) q[2];
ry(pi*-0.420307529571) q[3];
ry(pi*-0.029222037071) q[4];
ry(pi*-0.025300268144) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030906980706) q[0];
ry(pi*-0.22450611718) q[1];
ry(pi*-0.048591360252) q[2];
ry(pi*-0.049571843394) q[3];
ry(pi*0.011586215901) q[4];
ry(pi*-0.000225770491) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.058983540506) q[0];
ry(pi*0.168988670004) q[1];
ry(pi*-0.011722731935) q[2];
ry(pi*0.234626560255) q[3];
ry(pi*-0.460976183437) q[4];
ry(pi*-0.015638680972) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.052105136841) q[0];
ry(pi*0.014796649085) q[1];
ry(pi*-0.040302138326) q[2];
ry(pi*0.172471307571) q[3];
ry(pi*0.001489602597) q[4];
ry(pi*0.001490861913) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
