// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.041459314667) q[0];
ry(pi*-0.043752280319) q[1];
ry(pi*0.000412904279) q[2];
ry(pi*-0.002684372251) q[3];
ry(pi*-0.004901992083) q[4];
ry(pi*-0.005932737887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.046781417041) q[0];
ry(pi*0.083653405906) q[1];
ry(pi*-0.007864124471) q[2];
ry(pi*-0.001281308211) q[3];
ry(pi*0.008178118109) q[4];
ry(pi*0.005982624948) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038157034411) q[0];
ry(pi*-0.042055371995) q[1];
ry(pi*-0.002375079408) q[2];
ry(pi*-0.01134998029) q[3];
ry(pi*0.000614930098) q[4];
ry(pi*-0.003495305433) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038723337727) q[0];
ry(pi*0.050937715217) q[1];
ry(pi*-0.000393208788) q[2];
ry(pi*0.0038308699) q[3];
ry(pi*-0.000552156168) q[4];
ry(pi*0.005465852361) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.040350253214) q[0];
ry(pi*-0.031426305128) q[1];
ry(pi*0.001419741086) q[2];
ry(pi*-0.005580487482) q[3];
ry(pi*0.000549429985) q[4];
ry(pi*-0.003272420115) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
