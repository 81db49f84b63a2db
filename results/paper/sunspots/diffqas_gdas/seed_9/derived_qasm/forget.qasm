// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.01072093054) q[0];
ry(pi*0.002486465) q[1];
ry(pi*0.032502515268) q[2];
ry(pi*0.143760626367) q[3];
ry(pi*0.089460907057) q[4];
ry(pi*0.428108174786) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003031498236) q[0];
ry(pi*-0.034879409241) q[1];
ry(pi*-0.00910489296) q[2];
ry(pi*-0.006909486362) q[3];
ry(pi*0.020583344246) q[4];
ry(pi*-0.029141879583) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.083426681571) q[0];
ry(pi*-0.424490944547) q[1];
ry(pi*0.042881772709) q[2];
ry(pi*0.464962092109) q[3];
ry(pi*-0.076810476536) q[4];
ry(pi*-0.460688328909) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.039637613094) q[0];
ry(pi*-0.026244518081) q[1];
ry(pi*0.019509460639) q[2];
ry(pi*-0.010855660764) q[3];
ry(pi*-0.001415899104) q[4];
ry(pi*-0.007767825326) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.392160206165) q[0];
ry(pi*0.192289367066) q[1];
ry(pi*0.431152352153) q[2];
ry(pi*0.423444976967) q[3];
ry(pi*0.077926923131) q[4];
ry(pi*0.003219235353) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
