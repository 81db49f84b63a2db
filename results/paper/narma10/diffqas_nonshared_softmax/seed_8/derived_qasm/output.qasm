// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000520506031) q[0];
ry(pi*-0.005149178823) q[1];
ry(pi*-0.001170176527) q[2];
ry(pi*0.000634713116) q[3];
ry(pi*-0.003589497121) q[4];
ry(pi*-0.002960763089) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001059015791) q[0];
ry(pi*-0.002900148421) q[1];
ry(pi*0.002797147449) q[2];
ry(pi*3.6995149e-05) q[3];
ry(pi*0.002292716635) q[4];
ry(pi*-0.004924221621) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000898533397) q[0];
ry(pi*-0.001143405313) q[1];
ry(pi*0.004025018027) q[2];
ry(pi*-0.002063737063) q[3];
ry(pi*-0.003539854927) q[4];
ry(pi*0.189521584687) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000173971629) q[0];
ry(pi*-0.002403813041) q[1];
ry(pi*-0.001000384072) q[2];
ry(pi*-7.588729e-06) q[3];
ry(pi*0.004624721976) q[4];
ry(pi*-0.003618724046) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.12506409342) q[0];
ry(pi*-0.023363954574) q[1];
ry(pi*-0.002577741259) q[2];
ry(pi*0.002715583904) q[3];
ry(pi*0.005414398863) q[4];
ry(pi*-0.000269640523) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
