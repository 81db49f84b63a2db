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
rx(pi*0.552641571994) q[0];
rx(pi*0.659826706111) q[1];
rx(pi*0.275987112283) q[2];
rx(pi*1.374010486148) q[3];
rx(pi*0.294930926537) q[4];
rx(pi*0.403998631544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.745424685846) q[0];
rx(pi*1.304337851372) q[1];
rx(pi*1.485169689942) q[2];
rx(pi*0.903497423409) q[3];
rx(pi*1.918288377666) q[4];
rx(pi*0.093171701401) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.806134746393) q[0];
rx(pi*0.049354980145) q[1];
rx(pi*0.373800050548) q[2];
rx(pi*0.695203367353) q[3];
rx(pi*1.008809378146) q[4];
rx(pi*1.236819458261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.278361275921) q[0];
rx(pi*1.312146123631) q[1];
rx(pi*1.485000149469) q[2];
rx(pi*0.693741782761) q[3];
rx(pi*0.094621636725) q[4];
rx(pi*0.819991227053) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.448116520823) q[0];
rx(pi*0.02650567321) q[1];
rx(pi*0.943283047652) q[2];
rx(pi*0.780214482056) q[3];
rx(pi*0.322562324016) q[4];
rx(pi*0.797816562566) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
