// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.005445887695) q[0];
rx(pi*0.006893918037) q[1];
rx(pi*0.002327269418) q[2];
rx(pi*1.547497e-06) q[3];
rx(pi*-0.005343585453) q[4];
rx(pi*0.000598282661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001193058105) q[0];
rx(pi*-0.00326451678) q[1];
rx(pi*0.001935474915) q[2];
rx(pi*-0.000401928136) q[3];
rx(pi*-0.00077164492) q[4];
rx(pi*0.006366053507) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000296542805) q[0];
rx(pi*-0.004358448356) q[1];
rx(pi*-0.007196287902) q[2];
rx(pi*0.001675063132) q[3];
rx(pi*-0.000726504529) q[4];
rx(pi*-0.002471997391) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006327891604) q[0];
rx(pi*-0.000339625783) q[1];
rx(pi*-0.003671575303) q[2];
rx(pi*-0.000404253558) q[3];
rx(pi*-0.002828539639) q[4];
rx(pi*-0.002882473528) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001873083034) q[0];
rx(pi*-0.000244166349) q[1];
rx(pi*0.000976278158) q[2];
rx(pi*-0.01110606546) q[3];
rx(pi*-0.004085744753) q[4];
rx(pi*0.003831744129) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
