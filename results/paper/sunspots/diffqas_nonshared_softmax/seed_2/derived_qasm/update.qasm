// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.029497915052) q[0];
ry(pi*0.243181144517) q[1];
ry(pi*0.300661151687) q[2];
ry(pi*-0.076641149506) q[3];
ry(pi*0.062065302887) q[4];
ry(pi*-0.043827270104) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.070748498663) q[0];
ry(pi*0.0029700627) q[1];
ry(pi*0.094572819846) q[2];
ry(pi*-0.179153945682) q[3];
ry(pi*0.092780454885) q[4];
ry(pi*-0.156617271683) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.105033264046) q[0];
ry(pi*0.054715952936) q[1];
ry(pi*-0.281631277049) q[2];
ry(pi*-0.056800967787) q[3];
ry(pi*-0.118495870464) q[4];
ry(pi*-0.285855635215) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.081073112219) q[0];
ry(pi*-0.303962030331) q[1];
ry(pi*-0.043293822843) q[2];
ry(pi*-0.433613876439) q[3];
ry(pi*0.348503192756) q[4];
ry(pi*-0.364393210459) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.226883004038) q[0];
ry(pi*0.02639195056) q[1];
ry(pi*0.083784991398) q[2];
ry(pi*-0.270068810286) q[3];
ry(pi*0.297832656515) q[4];
ry(pi*-0.000205013935) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
