// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.509977971654) q[0];
ry(pi*0.499887467574) q[1];
ry(pi*0.005238305084) q[2];
ry(pi*-0.00190743853) q[3];
ry(pi*0.00634690704) q[4];
ry(pi*-0.499714853516) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.8900799e-05) q[0];
ry(pi*0.000988128492) q[1];
ry(pi*-0.009176295117) q[2];
ry(pi*-0.000119051472) q[3];
ry(pi*-0.000105310182) q[4];
ry(pi*-0.499989578903) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005329534948) q[0];
ry(pi*0.000256164166) q[1];
ry(pi*-0.501113638312) q[2];
ry(pi*-0.000123852374) q[3];
ry(pi*-0.499756821234) q[4];
ry(pi*0.499959564016) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001166419627) q[0];
ry(pi*-7.6521798e-05) q[1];
ry(pi*0.002581220979) q[2];
ry(pi*-0.050833882112) q[3];
ry(pi*-0.500002176807) q[4];
ry(pi*-0.004191539758) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.2569014e-05) q[0];
ry(pi*-0.494064351852) q[1];
ry(pi*0.500023388339) q[2];
ry(pi*1.6081476e-05) q[3];
ry(pi*-1.058509e-05) q[4];
ry(pi*-0.001458556956) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
