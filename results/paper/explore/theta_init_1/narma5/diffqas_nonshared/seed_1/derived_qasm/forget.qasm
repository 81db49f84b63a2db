// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.122067556622) q[0];
rx(pi*0.049090727715) q[1];
rx(pi*-0.29669377939) q[2];
rx(pi*0.913999446386) q[3];
rx(pi*0.280202439421) q[4];
rx(pi*-0.3626487422) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.280110080085) q[0];
rx(pi*0.025054689641) q[1];
rx(pi*-0.498523630579) q[2];
rx(pi*0.053286109751) q[3];
rx(pi*-0.146123824388) q[4];
rx(pi*0.390334041254) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.26635990373) q[0];
rx(pi*-0.869341241081) q[1];
rx(pi*0.013284721493) q[2];
rx(pi*-0.514709661092) q[3];
rx(pi*0.353216250956) q[4];
rx(pi*0.053509760501) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.140670411627) q[0];
rx(pi*-0.341344775051) q[1];
rx(pi*0.578408119128) q[2];
rx(pi*0.642790392937) q[3];
rx(pi*-0.338924193954) q[4];
rx(pi*0.118670742279) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.250385760863) q[0];
rx(pi*-0.009761226707) q[1];
rx(pi*-0.402823118042) q[2];
rx(pi*0.594282958634) q[3];
rx(pi*-0.308492001516) q[4];
rx(pi*-0.094246403208) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
