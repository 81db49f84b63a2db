// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.467726725012) q[0];
ry(pi*-0.324752424173) q[1];
ry(pi*0.433239164672) q[2];
ry(pi*0.510546129556) q[3];
ry(pi*0.505701210759) q[4];
ry(pi*0.021001484633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002160756431) q[0];
ry(pi*-0.102868919394) q[1];
ry(pi*0.172447041426) q[2];
ry(pi*0.498447208351) q[3];
ry(pi*-0.49880825974) q[4];
ry(pi*0.023293086619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001163511905) q[0];
ry(pi*-0.476804387928) q[1];
ry(pi*0.358512379638) q[2];
ry(pi*0.000334995581) q[3];
ry(pi*0.040492743292) q[4];
ry(pi*-0.002412319354) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005581472286) q[0];
ry(pi*-0.13247699259) q[1];
ry(pi*0.004895878708) q[2];
ry(pi*0.00454460866) q[3];
ry(pi*0.00276435602) q[4];
ry(pi*-0.299586193748) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002427623395) q[0];
ry(pi*0.144842423982) q[1];
ry(pi*0.045520483486) q[2];
ry(pi*0.058666335138) q[3];
ry(pi*-0.049433579495) q[4];
ry(pi*-0.00060766046) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
