// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062894815132) q[0];
ry(pi*0.112213272738) q[1];
ry(pi*-0.139910107223) q[2];
ry(pi*-0.129666834579) q[3];
ry(pi*-0.4124795636) q[4];
ry(pi*-0.016026475634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094365087231) q[0];
ry(pi*0.128855958315) q[1];
ry(pi*0.350251797074) q[2];
ry(pi*-0.081273094467) q[3];
ry(pi*-0.083865473793) q[4];
ry(pi*0.006807456854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.092606161738) q[0];
ry(pi*0.050634037417) q[1];
ry(pi*-0.030430174212) q[2];
ry(pi*-0.007519759021) q[3];
ry(pi*0.057403101137) q[4];
ry(pi*0.00331553272) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.031864587457) q[0];
ry(pi*0.138645374375) q[1];
ry(pi*0.001005306388) q[2];
ry(pi*-0.036803928876) q[3];
ry(pi*0.056326886254) q[4];
ry(pi*0.011848244962) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002572919809) q[0];
ry(pi*-0.146461311624) q[1];
ry(pi*-0.304273885385) q[2];
ry(pi*-0.316260677651) q[3];
ry(pi*-0.081812527629) q[4];
ry(pi*0.002557449905) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
