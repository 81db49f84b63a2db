// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.582655282536) q[0];
ry(pi*-0.097221984606) q[1];
ry(pi*0.04769231763) q[2];
ry(pi*0.064945133571) q[3];
ry(pi*-0.00419750402) q[4];
ry(pi*-0.201296128824) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.61251819768) q[0];
ry(pi*0.246334889503) q[1];
ry(pi*-0.073540172475) q[2];
ry(pi*0.001388432198) q[3];
ry(pi*0.031854048096) q[4];
ry(pi*0.216945951542) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014853746383) q[0];
ry(pi*-0.02697515148) q[1];
ry(pi*-0.019397002049) q[2];
ry(pi*-0.151405761455) q[3];
ry(pi*0.001467514168) q[4];
ry(pi*-0.018469719677) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.160857064179) q[0];
ry(pi*0.034153886626) q[1];
ry(pi*0.433303634069) q[2];
ry(pi*-0.068859913412) q[3];
ry(pi*-0.015410192171) q[4];
ry(pi*0.053914634194) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.115385658448) q[0];
ry(pi*-0.641937833546) q[1];
ry(pi*0.359467240084) q[2];
ry(pi*0.083738659948) q[3];
ry(pi*0.440278433522) q[4];
ry(pi*0.002313068464) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
