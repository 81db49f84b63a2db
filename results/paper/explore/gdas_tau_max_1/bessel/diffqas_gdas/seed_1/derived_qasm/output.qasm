// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*0.492569716734) q[0];
rx(pi*-0.100733346913) q[1];
rx(pi*0.019590112604) q[2];
rx(pi*-0.022138127718) q[3];
rx(pi*0.082232821422) q[4];
rx(pi*-0.001068110333) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.236928030441) q[0];
rx(pi*-0.109510035646) q[1];
rx(pi*0.011066750369) q[2];
rx(pi*-0.012046862357) q[3];
rx(pi*0.090195825925) q[4];
rx(pi*0.001634836757) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.140994665372) q[0];
rx(pi*-0.108078465942) q[1];
rx(pi*0.074863502654) q[2];
rx(pi*-0.017978338556) q[3];
rx(pi*0.079204362976) q[4];
rx(pi*-0.000576937467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.263184814403) q[0];
rx(pi*-0.078593189111) q[1];
rx(pi*0.010893299138) q[2];
rx(pi*-0.01527300379) q[3];
rx(pi*0.094023264722) q[4];
rx(pi*0.000817533994) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.366328734288) q[0];
rx(pi*-0.103037805307) q[1];
rx(pi*0.016333449948) q[2];
rx(pi*-0.016382271572) q[3];
rx(pi*0.0853496739) q[4];
rx(pi*-0.005922525213) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
