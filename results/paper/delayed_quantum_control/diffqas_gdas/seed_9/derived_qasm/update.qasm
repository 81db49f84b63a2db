// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
ry(pi*0.499554457907) q[0];
ry(pi*0.397140248871) q[1];
ry(pi*-0.178477908736) q[2];
ry(pi*-0.010676531939) q[3];
ry(pi*-0.009938077617) q[4];
ry(pi*-0.010793421851) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.536709055335) q[0];
ry(pi*0.126890656759) q[1];
ry(pi*0.140433584304) q[2];
ry(pi*0.442077239731) q[3];
ry(pi*-0.012772693279) q[4];
ry(pi*-0.014765578839) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.025252077365) q[0];
ry(pi*-0.010524607661) q[1];
ry(pi*0.002908018851) q[2];
ry(pi*-0.020174377183) q[3];
ry(pi*-0.526118809082) q[4];
ry(pi*-0.019492644856) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.034521611679) q[0];
ry(pi*0.013147618489) q[1];
ry(pi*0.471289920866) q[2];
ry(pi*-0.031741798206) q[3];
ry(pi*-0.121014863203) q[4];
ry(pi*0.094267339635) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001628678914) q[0];
ry(pi*-0.003619185618) q[1];
ry(pi*-0.000832508457) q[2];
ry(pi*-0.006626401701) q[3];
ry(pi*0.526874190059) q[4];
ry(pi*0.000303568836) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
