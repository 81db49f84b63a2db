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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002477916592) q[0];
rx(pi*-0.003797789136) q[1];
rx(pi*-1.1313449e-05) q[2];
rx(pi*-0.002236172955) q[3];
rx(pi*0.003981092559) q[4];
rx(pi*0.000487077495) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000525970775) q[0];
rx(pi*0.003620568553) q[1];
rx(pi*0.001649202536) q[2];
rx(pi*-0.000118834184) q[3];
rx(pi*-0.00028878108) q[4];
rx(pi*-0.000384990957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003427312442) q[0];
rx(pi*0.002492638999) q[1];
rx(pi*0.001164753582) q[2];
rx(pi*0.002542752844) q[3];
rx(pi*-0.00173330339) q[4];
rx(pi*0.001626636083) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004495597606) q[0];
rx(pi*0.004288495242) q[1];
rx(pi*0.000286633509) q[2];
rx(pi*0.000583758541) q[3];
rx(pi*0.001907898026) q[4];
rx(pi*-3.0905844e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000808850034) q[0];
rx(pi*0.003787202046) q[1];
rx(pi*0.000368445795) q[2];
rx(pi*-0.002915310019) q[3];
rx(pi*0.001399159508) q[4];
rx(pi*-0.005427567135) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
