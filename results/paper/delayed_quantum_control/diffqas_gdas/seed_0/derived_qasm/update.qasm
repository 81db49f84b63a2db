// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rx(pi*0.00557712812) q[0];
rx(pi*-1.16898e-07) q[1];
rx(pi*0.000574372515) q[2];
rx(pi*0.250268129827) q[3];
rx(pi*-0.001012705389) q[4];
rx(pi*0.00035463167) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000344255838) q[0];
rx(pi*-0.499999330895) q[1];
rx(pi*-0.500002290643) q[2];
rx(pi*8.84442e-07) q[3];
rx(pi*-0.002274628788) q[4];
rx(pi*-0.002041781592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.515819111486) q[0];
rx(pi*-0.132918374592) q[1];
rx(pi*0.000453543089) q[2];
rx(pi*-3.230561e-05) q[3];
rx(pi*-0.000400555169) q[4];
rx(pi*0.001219383756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.12862e-07) q[0];
rx(pi*-0.484879910312) q[1];
rx(pi*5.030725e-06) q[2];
rx(pi*3.2182014e-05) q[3];
rx(pi*0.001769729584) q[4];
rx(pi*-0.001745051672) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.449960530234) q[0];
rx(pi*-0.499996447037) q[1];
rx(pi*-0.006968851497) q[2];
rx(pi*0.249733382934) q[3];
rx(pi*0.003042515473) q[4];
rx(pi*0.000201919857) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
