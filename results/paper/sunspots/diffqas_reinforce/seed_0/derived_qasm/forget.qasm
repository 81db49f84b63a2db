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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.242485679478) q[0];
ry(pi*-0.170400583942) q[1];
ry(pi*0.451225595105) q[2];
ry(pi*0.50822401702) q[3];
ry(pi*-0.133590977471) q[4];
ry(pi*0.029496131614) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.2159862151) q[0];
ry(pi*-0.016856015152) q[1];
ry(pi*0.131024230326) q[2];
ry(pi*0.063468342322) q[3];
ry(pi*0.123288794446) q[4];
ry(pi*-0.010726540544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007250583756) q[0];
ry(pi*0.105023341299) q[1];
ry(pi*0.136642639588) q[2];
ry(pi*0.009510792366) q[3];
ry(pi*4.2334203e-05) q[4];
ry(pi*-0.026109009973) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.024206548529) q[0];
ry(pi*0.007885717829) q[1];
ry(pi*0.019766410933) q[2];
ry(pi*0.13085922434) q[3];
ry(pi*-0.040623000691) q[4];
ry(pi*-0.000269631259) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.141087831049) q[0];
ry(pi*0.633859844706) q[1];
ry(pi*0.214645486911) q[2];
ry(pi*0.093307309115) q[3];
ry(pi*0.449137871894) q[4];
ry(pi*-0.003636356547) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
