// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.095566564938) q[0];
ry(pi*-0.28567696885) q[1];
ry(pi*-0.369394199079) q[2];
ry(pi*0.138886053166) q[3];
ry(pi*-0.05401916929) q[4];
ry(pi*0.270803416104) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.471766022996) q[0];
ry(pi*0.325659814804) q[1];
ry(pi*-0.003128015272) q[2];
ry(pi*0.101727291219) q[3];
ry(pi*-0.17083606542) q[4];
ry(pi*0.015267506436) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.11061195386) q[0];
ry(pi*-0.011592500623) q[1];
ry(pi*0.373618101898) q[2];
ry(pi*0.087254983628) q[3];
ry(pi*-0.295597249437) q[4];
ry(pi*0.016426038143) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.260596760863) q[0];
ry(pi*0.013701142474) q[1];
ry(pi*-0.293735700351) q[2];
ry(pi*0.313520045274) q[3];
ry(pi*0.114909708099) q[4];
ry(pi*0.095501412522) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.027629134978) q[0];
ry(pi*0.40031093652) q[1];
ry(pi*-0.209309401622) q[2];
ry(pi*0.011545149388) q[3];
ry(pi*0.032845502229) q[4];
ry(pi*0.002952373874) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
