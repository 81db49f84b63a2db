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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002417966118) q[0];
ry(pi*0.01531845775) q[1];
ry(pi*0.012934031596) q[2];
ry(pi*-0.053521177352) q[3];
ry(pi*-0.01360653131) q[4];
ry(pi*-0.011243909587) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.023534403368) q[0];
ry(pi*0.015786805956) q[1];
ry(pi*-0.001193174684) q[2];
ry(pi*0.000664670417) q[3];
ry(pi*-0.016753565872) q[4];
ry(pi*0.010736124153) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000522597517) q[0];
ry(pi*0.005825466564) q[1];
ry(pi*-0.00312938961) q[2];
ry(pi*-0.017797735785) q[3];
ry(pi*0.004395854314) q[4];
ry(pi*0.043870665521) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009829479388) q[0];
ry(pi*0.00706861969) q[1];
ry(pi*0.005453945184) q[2];
ry(pi*-0.017929857257) q[3];
ry(pi*0.001279881846) q[4];
ry(pi*0.014975222958) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.110791530917) q[0];
ry(pi*0.062583097631) q[1];
ry(pi*0.064523340931) q[2];
ry(pi*-0.011281925044) q[3];
ry(pi*0.143534936047) q[4];
ry(pi*-0.000884733761) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
