// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.499998837603) q[0];
ry(pi*-0.126715879807) q[1];
ry(pi*-7.133582e-06) q[2];
ry(pi*7.160594e-06) q[3];
ry(pi*0.062972494305) q[4];
ry(pi*-1.1002e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.174295006025) q[0];
ry(pi*-0.631659802829) q[1];
ry(pi*0.004069636001) q[2];
ry(pi*-8.4437e-08) q[3];
ry(pi*3.1171e-08) q[4];
ry(pi*0.036041788858) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.8617518e-05) q[0];
ry(pi*2.51825e-07) q[1];
ry(pi*2.39104e-07) q[2];
ry(pi*0.500000013914) q[3];
ry(pi*0.29587540889) q[4];
ry(pi*8.0022399e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.051672842785) q[0];
ry(pi*3.1294964e-05) q[1];
ry(pi*1.296399e-06) q[2];
ry(pi*-8.113e-09) q[3];
ry(pi*1.5461e-08) q[4];
ry(pi*5.3359e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.82792e-07) q[0];
ry(pi*0.05320936973) q[1];
ry(pi*-0.004692600835) q[2];
ry(pi*-0.001714707281) q[3];
ry(pi*-0.000155270818) q[4];
ry(pi*0.000360666486) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
