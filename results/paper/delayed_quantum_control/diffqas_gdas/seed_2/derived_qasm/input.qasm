// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.026393565615) q[0];
rx(pi*0.093956357328) q[1];
rx(pi*0.062622067655) q[2];
rx(pi*-0.116876536962) q[3];
rx(pi*-0.098045060347) q[4];
rx(pi*0.006135458139) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.290654127698) q[0];
rx(pi*0.12726125144) q[1];
rx(pi*-0.210953769665) q[2];
rx(pi*-0.127016047648) q[3];
rx(pi*-0.103052679941) q[4];
rx(pi*-0.005300395772) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.067019077824) q[0];
rx(pi*0.038069961357) q[1];
rx(pi*0.014165977164) q[2];
rx(pi*-0.122951496937) q[3];
rx(pi*-0.104574095093) q[4];
rx(pi*-0.000174823587) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.211724442676) q[0];
rx(pi*0.121320893623) q[1];
rx(pi*-0.207911318817) q[2];
rx(pi*-0.131609454215) q[3];
rx(pi*-0.09579792811) q[4];
rx(pi*0.000663967091) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096371294031) q[0];
rx(pi*0.119607578615) q[1];
rx(pi*0.058004186243) q[2];
rx(pi*-0.113158760646) q[3];
rx(pi*-0.093680721249) q[4];
rx(pi*-0.003395564809) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
