// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.034300875617) q[0];
ry(pi*6.542652e-06) q[1];
ry(pi*-0.000162741745) q[2];
ry(pi*0.027448882017) q[3];
ry(pi*0.046291597613) q[4];
ry(pi*-0.039619942352) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.10259570234) q[0];
ry(pi*0.50034323092) q[1];
ry(pi*-0.046461285126) q[2];
ry(pi*-0.329569680704) q[3];
ry(pi*0.084115733822) q[4];
ry(pi*0.440932765644) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005543451492) q[0];
ry(pi*0.013937248833) q[1];
ry(pi*0.156036126935) q[2];
ry(pi*0.074868027654) q[3];
ry(pi*-0.023112406771) q[4];
ry(pi*-0.005954032425) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.056550223953) q[0];
ry(pi*-0.000503002782) q[1];
ry(pi*-0.217658473082) q[2];
ry(pi*-0.034473546594) q[3];
ry(pi*0.003293764456) q[4];
ry(pi*-0.083016509739) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017845092949) q[0];
ry(pi*0.01843020063) q[1];
ry(pi*-0.219885285506) q[2];
ry(pi*0.007158698146) q[3];
ry(pi*-0.046825457531) q[4];
ry(pi*0.002265426709) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
