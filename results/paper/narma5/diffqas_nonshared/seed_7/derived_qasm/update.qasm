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
rz(pi*-0.003762582238) q[0];
rz(pi*0.002355761741) q[1];
rz(pi*-0.000762386664) q[2];
rz(pi*0.001227714645) q[3];
rz(pi*-0.001370282986) q[4];
rz(pi*0.000971847281) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002390931583) q[0];
rz(pi*-8.4367788e-05) q[1];
rz(pi*0.0018520679) q[2];
rz(pi*0.000143443978) q[3];
rz(pi*-0.00145501676) q[4];
rz(pi*-0.003458942977) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000533662853) q[0];
rz(pi*0.001098009753) q[1];
rz(pi*-0.000822365967) q[2];
rz(pi*-0.002448818029) q[3];
rz(pi*0.001727088926) q[4];
rz(pi*0.007899580979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000962722871) q[0];
rz(pi*0.001071883539) q[1];
rz(pi*0.001201269155) q[2];
rz(pi*-0.008169311197) q[3];
rz(pi*0.000394251437) q[4];
rz(pi*-0.002248924569) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004407604967) q[0];
rz(pi*-0.000808461759) q[1];
rz(pi*-0.002474973444) q[2];
rz(pi*-0.000695511878) q[3];
rz(pi*0.000530173016) q[4];
rz(pi*-0.001782235292) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
