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
rz(pi*0.799814848245) q[0];
rz(pi*0.290463280829) q[1];
rz(pi*1.223349110962) q[2];
rz(pi*1.849337617995) q[3];
rz(pi*0.483072528421) q[4];
rz(pi*1.894347805716) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.046383235353) q[0];
rz(pi*1.422109437193) q[1];
rz(pi*1.034245989198) q[2];
rz(pi*0.327849080161) q[3];
rz(pi*0.163442859962) q[4];
rz(pi*0.068303660909) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.092293414965) q[0];
rz(pi*0.896754812443) q[1];
rz(pi*0.696295666383) q[2];
rz(pi*1.432654642143) q[3];
rz(pi*0.80356469799) q[4];
rz(pi*0.976194390058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.270243985665) q[0];
rz(pi*1.438345100414) q[1];
rz(pi*0.61140559781) q[2];
rz(pi*1.527200397364) q[3];
rz(pi*1.367795014003) q[4];
rz(pi*1.286317687394) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.027899653158) q[0];
rz(pi*1.63294887708) q[1];
rz(pi*1.237472424345) q[2];
rz(pi*1.213126973959) q[3];
rz(pi*1.671484652595) q[4];
rz(pi*0.420444702537) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
