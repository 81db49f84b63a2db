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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.014991779052) q[0];
ry(pi*0.113934821918) q[1];
ry(pi*-0.008342626654) q[2];
ry(pi*0.009671453594) q[3];
ry(pi*-0.158914349678) q[4];
ry(pi*-0.023284231089) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02963382633) q[0];
ry(pi*0.241021305892) q[1];
ry(pi*-0.038807960925) q[2];
ry(pi*0.130268688081) q[3];
ry(pi*-0.003649741228) q[4];
ry(pi*0.009679750021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011129859657) q[0];
ry(pi*0.102826097902) q[1];
ry(pi*-0.089486852289) q[2];
ry(pi*0.06915220282) q[3];
ry(pi*0.012943367374) q[4];
ry(pi*-0.114244343324) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.010119857292) q[0];
ry(pi*0.20470536083) q[1];
ry(pi*0.433015324195) q[2];
ry(pi*0.026521754985) q[3];
ry(pi*0.230458228614) q[4];
ry(pi*-0.497984007689) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.325957269543) q[0];
ry(pi*0.036861743582) q[1];
ry(pi*-0.047087499636) q[2];
ry(pi*0.015163113635) q[3];
ry(pi*0.00050187394) q[4];
ry(pi*-0.006335717269) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
