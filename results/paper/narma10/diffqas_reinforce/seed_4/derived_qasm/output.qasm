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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.047189345346) q[0];
rx(pi*-0.003321551824) q[1];
rx(pi*0.000246620781) q[2];
rx(pi*0.003338381541) q[3];
rx(pi*0.003647245719) q[4];
rx(pi*-0.005579880354) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.0405697015) q[0];
rx(pi*-0.00063715104) q[1];
rx(pi*0.002767763999) q[2];
rx(pi*0.005640726549) q[3];
rx(pi*-0.000920080583) q[4];
rx(pi*-0.003909090092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.024214137628) q[0];
rx(pi*-0.000334180864) q[1];
rx(pi*-0.001984081316) q[2];
rx(pi*-0.002797077487) q[3];
rx(pi*0.00206533522) q[4];
rx(pi*-0.004048158554) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.041879888308) q[0];
rx(pi*-0.000475428709) q[1];
rx(pi*0.000887529574) q[2];
rx(pi*0.00034605521) q[3];
rx(pi*-0.002932984615) q[4];
rx(pi*-0.011281228981) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.040348265818) q[0];
rx(pi*0.000568609172) q[1];
rx(pi*0.002890047508) q[2];
rx(pi*0.005037818873) q[3];
rx(pi*0.001743110374) q[4];
rx(pi*0.004587562368) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
