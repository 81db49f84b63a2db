// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.053075725695) q[0];
rx(pi*-0.076657745917) q[1];
rx(pi*0.127747703204) q[2];
rx(pi*-0.013389280306) q[3];
rx(pi*-0.046862184028) q[4];
rx(pi*-0.001514073143) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.146854740007) q[0];
rx(pi*-0.183572546838) q[1];
rx(pi*0.082606375852) q[2];
rx(pi*-0.018084377243) q[3];
rx(pi*-0.045724179648) q[4];
rx(pi*0.001973036657) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.108694454141) q[0];
rx(pi*-0.020149985345) q[1];
rx(pi*0.103655690781) q[2];
rx(pi*-0.009378972087) q[3];
rx(pi*-0.044853947143) q[4];
rx(pi*0.000991379947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.193366677626) q[0];
rx(pi*-0.176425247163) q[1];
rx(pi*0.082019283147) q[2];
rx(pi*-0.015107543643) q[3];
rx(pi*-0.04346673098) q[4];
rx(pi*-0.002946093895) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.057083638011) q[0];
rx(pi*-0.043204081747) q[1];
rx(pi*0.12379457944) q[2];
rx(pi*-0.006825741246) q[3];
rx(pi*-0.035280550045) q[4];
rx(pi*-0.000664150149) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
