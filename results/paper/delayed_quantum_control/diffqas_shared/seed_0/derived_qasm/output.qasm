// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.146501154394) q[0];
ry(pi*0.017804382176) q[1];
ry(pi*-0.065102133058) q[2];
ry(pi*-0.031674999904) q[3];
ry(pi*-0.003378432418) q[4];
ry(pi*-0.488288288544) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009889410741) q[0];
ry(pi*-0.374002262093) q[1];
ry(pi*-0.008342583373) q[2];
ry(pi*0.004537717402) q[3];
ry(pi*0.006305790724) q[4];
ry(pi*0.006707434307) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.08205459143) q[0];
ry(pi*-0.007491487848) q[1];
ry(pi*-0.001840711821) q[2];
ry(pi*0.00073801024) q[3];
ry(pi*0.002096266283) q[4];
ry(pi*-0.324535072375) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002476553222) q[0];
ry(pi*0.003272015759) q[1];
ry(pi*-0.001902284612) q[2];
ry(pi*0.000483894483) q[3];
ry(pi*0.513824848031) q[4];
ry(pi*-0.497168634884) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.106641441572) q[0];
ry(pi*0.495817699357) q[1];
ry(pi*-0.49958416923) q[2];
ry(pi*0.000695846792) q[3];
ry(pi*0.002031385712) q[4];
ry(pi*0.00154230385) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
